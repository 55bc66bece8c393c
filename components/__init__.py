"""Reusable pieces of the interface: functions that return Dash component trees."""
