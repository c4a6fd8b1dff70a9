"""Read an MS Project file with MPXJ (what ProjectLibre and GanttProject use) and print
its tasks and resources as JSON. Run as a script, in its own process: it starts a JVM.

    python tests/mpxj_read.py roadmap.xml
"""

from __future__ import annotations

import json
import sys

import jpype
import mpxj  # noqa: F401  (puts the MPXJ jars on the class path)


def main(path: str) -> None:
    jpype.startJVM()
    from org.mpxj.reader import UniversalProjectReader

    project = UniversalProjectReader().read(path)
    tasks = []
    for task in project.getTasks():
        if task.getName() is None:
            continue
        duration = task.getDuration()
        tasks.append(
            {
                "name": str(task.getName()),
                "start": str(task.getStart()),
                "finish": str(task.getFinish()),
                "duration_days": round(float(duration.getDuration())) if duration else None,
                "milestone": bool(task.getMilestone()),
                "summary": bool(task.getSummary()),
                "outline": int(task.getOutlineLevel()),
                "predecessors": [
                    str(r.getPredecessorTask().getName()) for r in task.getPredecessors()
                ],
                "resources": [
                    str(a.getResource().getName())
                    for a in task.getResourceAssignments()
                    if a.getResource() is not None
                ],
            }
        )
    resources = [str(r.getName()) for r in project.getResources() if r.getName() is not None]
    print(json.dumps({"tasks": tasks, "resources": resources}))


if __name__ == "__main__":
    main(sys.argv[1])
