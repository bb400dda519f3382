"""psql helpers for the issue 4 generators (indicators, risks): one psql, one transaction, COPY."""

import csv
import io
import subprocess
import sys


def die(message, code=1):
    print(message, file=sys.stderr)
    sys.exit(code)


class Db:
    def __init__(self, host, port, db, user, name):
        self.base = ["psql", "-X", "-w", "-h", host, "-p", str(port), "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1"]
        self.where = "%s@%s:%s/%s" % (user, host, port, db)
        self.name = name

    def rows(self, sql):
        r = subprocess.run(self.base + ["-q", "-A", "-t", "-F", "\x1f", "-P", "null=\\N", "-c", sql],
                           capture_output=True, text=True, encoding="utf-8")
        if r.returncode != 0:
            die("%s: psql on %s failed: %s" % (self.name, self.where, r.stderr.strip()))
        return [[None if v == "\\N" else v for v in line.split("\x1f")] for line in r.stdout.splitlines()]

    def value(self, sql):
        rows = self.rows(sql)
        return rows[0][0] if rows else None

    def run_script(self, chunks):
        p = subprocess.Popen(self.base + ["-q", "--single-transaction", "-f", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            for chunk in chunks:
                p.stdin.write(chunk.encode("utf-8"))
            p.stdin.close()
        except BrokenPipeError:
            pass
        out = p.stdout.read().decode("utf-8", "replace")
        err = p.stderr.read().decode("utf-8", "replace")
        if p.wait() != 0:
            die("%s: loading failed, nothing was written:\n%s" % (self.name, (err or out).strip()))


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def copy_block(table, columns, rows):
    yield "COPY %s (%s) FROM STDIN WITH (FORMAT csv);\n" % (table, ", ".join(columns))
    for i in range(0, len(rows), 5000):
        yield csv_text(rows[i:i + 5000])
    yield "\\.\n"
