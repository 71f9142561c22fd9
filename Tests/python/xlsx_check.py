"""Reads a workbook with openpyxl and prints what a spreadsheet user would see, as JSON:
sheet names, each sheet's frozen pane, and every non-empty cell's value, Python type,
number format, solid fill colour and boldness. The Swift test asserts on this output."""
import json
import sys

from openpyxl import load_workbook


def describe(path):
    workbook = load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        cells = []
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
                cells.append({
                    "ref": cell.coordinate,
                    "value": cell.value,
                    "type": type(cell.value).__name__,
                    "format": cell.number_format,
                    "fill": fill,
                    "bold": bool(cell.font.b),
                })
        sheets.append({"title": sheet.title, "freeze": sheet.freeze_panes, "cells": cells})
    return {"sheetnames": workbook.sheetnames, "sheets": sheets}


if __name__ == "__main__":
    print(json.dumps(describe(sys.argv[1]), ensure_ascii=False))
