"""The password every staff member the tests create signs in with."""

STAFF_PASSWORD = "correct-horse-battery-staple"
