"""The itinerary as a timeline: days side by side, time running down, one lane per group.

``layout`` is the geometry (plain Python, unit-tested without Qt); ``items`` draws
agenda blocks and transport runs; ``scene`` places them; ``view`` turns the mouse
and keyboard into requests (move, resize, edit...) that the Itinerary section commits.
"""
