#!/usr/bin/env python3
"""Counts the payment lines of every file under the real-data folder, independently of the Java reader.

A payment line is a non-empty row below the header row whose date column holds a date and whose amount
column holds an amount (a trailing minus, 38,937.00-, is a credit). The header row is the first of a sheet's first 30 rows with a column whose title
contains "date", one whose title contains "amount" or is "total", and a supplier column ("name", or a title
containing "supplier", "payee" or "vendor"). A file with no such row is listed with the reason instead of a
count. Only the standard library: csv, zipfile and xml.etree.

Usage (from the project root): python3 src/test/resources/realdata/count_rows.py <the real-data folder>
prints path,rows (path relative to the folder given, rows = count or the phrase the reader's reason for rejecting the file must contain) sorted by path.
"""
import csv
import datetime
import io
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HEADER_ROWS = 30
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def norm(title):
    return "".join(ch for ch in (title or "").lower() if ch.isalnum() and ch != "œ")


def columns(row):
    titles = [norm(c) for c in row]
    date = next((i for i, t in enumerate(titles) if "date" in t), None)
    amount = next((i for i, t in enumerate(titles) if "amount" in t or t == "total"), None)
    supplier = next((i for i, t in enumerate(titles)
                     if t == "name" or "supplier" in t or "payee" in t or "vendor" in t), None)
    return date, amount, supplier


def is_date(value):
    if value is None:
        return False
    if isinstance(value, float):
        return 1 <= value < 2958466
    s = value.strip()
    if not s:
        return False
    s = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2})?.*$", "", s)
    if re.fullmatch(r"\d+(\.\d+)?", s):          # an Excel serial written out as text
        return 20000 < float(s) < 80000
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", s)
    if m:
        return valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{2}|\d{4})", s)
    if m and m.group(2)[:3].lower() in MONTHS:
        return valid(int(m.group(3)), MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    return False


def valid(year, month, day):
    year = year + 2000 if year < 100 else year
    try:
        datetime.date(year, month, day)
        return True
    except ValueError:
        return False


def is_amount(value):
    if value is None:
        return False
    if isinstance(value, float):
        return True
    s = value.strip().replace("£", "").replace("œ", "").replace(",", "").replace(" ", "")
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]
    if s.endswith("-"):                           # a credit as an accounting system prints it: 38,937.00-
        s = s[:-1]
    return re.fullmatch(r"[-+]?\d+(\.\d*)?([eE][-+]?\d+)?", s) is not None


def count(rows):
    """rows: list of lists of str/float/None for one sheet. Returns (count, reason)."""
    for index, row in enumerate(rows[:HEADER_ROWS]):
        date, amount, supplier = columns([c if isinstance(c, str) else None for c in row])
        if date is not None and amount is not None:
            if supplier is None:
                # dates and values but nobody paid: a register of contracts or tenders, not a ledger
                return None, "not recognised as any return we collect"
            lines = 0
            for data in rows[index + 1:]:
                again = columns([c if isinstance(c, str) else None for c in data])
                if again[0] is not None and again[1] is not None and again[2] is not None:
                    date, amount = again[0], again[1]     # the header again, perhaps with its columns moved
                    continue
                cell = lambda i: data[i] if i < len(data) else None
                if any(c not in (None, "") and not (isinstance(c, str) and not c.strip()) for c in data) \
                        and is_date(cell(date)) and is_amount(cell(amount)):
                    lines += 1
            return lines, None
    return None, "no header row"


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def read_xlsx(path):
    """Each visible sheet's rows, cells as text (shared or inline strings) or float (numbers)."""
    z = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    book = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    sheets = []
    for sheet in book.find("m:sheets", NS):
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue
        target = rels[sheet.get(REL)].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        rows = []
        for r in ET.fromstring(z.read(target)).iter("{%s}row" % NS["m"]):
            cells = {}
            for c in r.findall("m:c", NS):
                v = c.find("m:v", NS)
                kind = c.get("t")
                if kind == "s" and v is not None:
                    value = strings[int(v.text)]
                elif kind == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                elif kind in ("str", "e", "b"):
                    value = v.text if v is not None else None
                else:
                    value = float(v.text) if v is not None and v.text else None
                letters = re.match(r"[A-Z]+", c.get("r")).group(0)
                col = 0
                for ch in letters:
                    col = col * 26 + ord(ch) - 64
                cells[col - 1] = value
            row = [cells.get(i) for i in range(max(cells) + 1)] if cells else []
            number = int(r.get("r"))
            while len(rows) < number - 1:
                rows.append([])          # rows the sheet leaves out are blank
            rows.append(row)
        sheets.append(rows)
    return sheets


def main(folder):
    results = []
    for root, _, files in os.walk(folder):
        for name in files:
            if name in ("SOURCES.txt", "README.md"):
                continue
            path = os.path.join(root, name)
            sheets = read_xlsx(path) if name.lower().endswith(".xlsx") else [read_csv(path)]
            total, reasons = 0, []
            for rows in sheets:
                lines, reason = count(rows)
                if reason:
                    reasons.append(reason)
                else:
                    total += lines
            found = len(reasons) < len(sheets)
            results.append((os.path.relpath(path, folder).replace(os.sep, "/"),
                            str(total) if found else reasons[0]))
    print("path,rows")
    for path, rows in sorted(results):
        print("%s,%s" % (path, rows))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: count_rows.py <the real-data folder>")
    main(sys.argv[1])
