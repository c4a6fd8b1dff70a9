"""The API's routers, one per resource: orgs, uploads (creating runs), runs, downloads,
session (the page's sign-in), and the page itself."""
