"""(being written)"""

FAMILIES: list = []
