#!/usr/bin/env python3
"""Run the SQL examples in Markdown docs and compare their output.

Every ```sql fence followed (after optional blank lines) by an ```output fence
is run in a fresh sqlite3 shell, from the repository root, with the extension
loaded and `.mode box`; the shell's output must equal the output fence.
Every ```console fence is a command line ("$ command") and its output: the
command is run with /bin/sh from the repository root and must print exactly
that (standard output and standard error together).

  tools/doccheck.py README.md docs/functions.md            check (ok/not ok lines)
  tools/doccheck.py --update README.md docs/functions.md   rewrite the outputs

Standard library only.
"""
import re
import subprocess
import sys

FENCE = re.compile(r"```sql\n(.*?)```\n(\s*)```output\n(.*?)```", re.S)
CONSOLE = re.compile(r"```console\n\$ ([^\n]*)\n(.*?)```", re.S)


def run(sql, ext):
    p = subprocess.run(["sqlite3", "-batch", "-cmd", f".load {ext}", "-cmd", ".mode box", ":memory:"],
                       input=sql, capture_output=True, text=True, timeout=120)
    return p.stdout + p.stderr


def run_cmd(cmd):
    p = subprocess.run(["/bin/sh", "-c", cmd], capture_output=True, timeout=600)
    return p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace")


def check(name, want, got):
    """Print ok/not ok for one example; returns 1 when it failed."""
    if got == want:
        print(f"ok - {name}")
        return 0
    print(f"not ok - {name}: output differs")
    print("  --- documented\n" + "".join("  " + l + "\n" for l in want.splitlines()))
    print("  --- produced\n" + "".join("  " + l + "\n" for l in got.splitlines()))
    return 1


def main(argv):
    update = "--update" in argv
    files = [a for a in argv if not a.startswith("--")]
    ext = "./dist/newsroom"
    failed = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        n = 0

        def repl_sql(m):
            nonlocal n, failed
            n += 1
            got = run(m.group(1), ext)
            if update:
                return f"```sql\n{m.group(1)}```\n{m.group(2)}```output\n{got}```"
            failed += check(f"{path} example {n}", m.group(3), got)
            return m.group(0)

        def repl_console(m):
            nonlocal n, failed
            n += 1
            got = run_cmd(m.group(1))
            if update:
                return f"```console\n$ {m.group(1)}\n{got}```"
            failed += check(f"{path} example {n} ($ {m.group(1)})", m.group(2), got)
            return m.group(0)

        new = CONSOLE.sub(repl_console, FENCE.sub(repl_sql, text))
        if update and new != text:
            open(path, "w", encoding="utf-8").write(new)
            print(f"updated {path} ({n} examples)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
