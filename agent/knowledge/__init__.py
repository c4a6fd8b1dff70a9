"""Domain knowledge both engines read: text tools, lexicons, method packs, remits.

Nothing here knows which engine runs; engines and planning code import from here,
never from each other's internals.
"""
