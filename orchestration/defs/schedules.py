"""Schedule: a daily refresh, so the warehouse is rebuilt and re-checked even on days without new files
(and files the sensor could not see, e.g. on a network share without reliable mtimes, are picked up)."""
from __future__ import annotations

import dagster as dg

from orchestration.defs.jobs import refresh_job

daily_refresh_schedule = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Seoul",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    tags={"newsfacts/trigger": "daily_refresh"},
    description="Every day at 06:00 Seoul time: an incremental `refresh` of the landing folder.",
)

defs = dg.Definitions(schedules=[daily_refresh_schedule])
