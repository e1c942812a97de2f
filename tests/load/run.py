"""`make load`: the site under load on two app servers sharing PostgreSQL and Redis.

1. A fresh PostgreSQL database and Redis database, the site from `tests.load.data`.
2. Two gunicorn instances (ports 8101 and 8102) and the task worker (`db_worker`).
3. Locust, 200 readers and 20 writers for 60 s against both servers (rate limits
   raised), after every page was asked for a few times through each server, as a site
   that has been up for a while has it (LOAD_WARM=0 starts cold); throughput, latency
   percentiles and errors are printed. Afterwards every comment the site accepted must
   be in the database exactly once.
4. A registration rush: 200 people register for a session with 20 seats and confirm,
   half through each server, each of the two bursts started within one second
   (LOAD_RUSH_SECONDS): exactly 20 get a seat, the rest are on the waitlist in the order
   of their confirmation; p50/p95/p99 of the answers are printed.
5. Two servers, one site: a rate limit counts across both, and a page withdrawn through
   one is gone on the other at once.

Only 127.0.0.1 is contacted; every process started here is stopped at the end.
LOAD_SECONDS shortens the locust run, LOAD_STEPS="rush servers" leaves steps out;
LOAD_DATABASE, LOAD_REDIS, LOAD_PORTS and LOAD_WORK_DIR keep runs side by side apart.
"""

import csv
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORK = Path(os.environ.get("LOAD_WORK_DIR", "/tmp/teilhabe-load"))
DATABASE = os.environ.get("LOAD_DATABASE", "teilhabe_load")
PG = os.environ.get("LOAD_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("LOAD_REDIS", "redis://127.0.0.1:6379/5")
PORTS = [int(port) for port in os.environ.get("LOAD_PORTS", "8101 8102").split()]
SERVERS = [f"http://127.0.0.1:{port}" for port in PORTS]
USERS, WRITERS, SECONDS = 220, 20, int(os.environ.get("LOAD_SECONDS", "60"))
RUSH = 200
#: The rush's pace: 200 registrations, then 200 confirmations, each within this many
#: seconds ("in about one second"); LOAD_RUSH_SECONDS=0 sends each all at one moment.
RUSH_SECONDS = float(os.environ.get("LOAD_RUSH_SECONDS", "1"))
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED = re.compile(r'name="started" value="([^"]+)"')

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "tests.load.settings",
    "SECRET_KEY": "load-test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": f"{PG}/{DATABASE}",
    "CACHE_URL": REDIS,
    "EMAIL_URL": "dummymail://",
    "CONN_MAX_AGE": "60",
    # Everything comes from 127.0.0.1 here: the per-address limit would stop the test.
    "RATELIMIT_FORM_PER_IP": "1000000/h",
    "RATELIMIT_LINK_PER_IP": "1000000/h",
    # Per e-mail address stays low: writers use a new address each time, and step 5
    # checks that this limit holds across both servers.
    "RATELIMIT_FORM_PER_EMAIL": "5/m",
}
PROCESSES: list[subprocess.Popen] = []


def run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, env=ENV, check=True, **kwargs)


def start(*command: str, log: str) -> subprocess.Popen:
    output = open(WORK / log, "w")  # noqa: SIM115 - closed when the process ends
    process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=output, stderr=output)
    PROCESSES.append(process)
    return process


def stop_all() -> None:
    for process in PROCESSES:
        process.terminate()
    for process in PROCESSES:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def prepare() -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"== Fresh database {DATABASE} and Redis {REDIS}")
    admin = PG + "/postgres"
    run(
        str(BIN / "python"),
        "-c",
        f"""
import psycopg
with psycopg.connect({admin!r}, autocommit=True) as connection:
    connection.execute('DROP DATABASE IF EXISTS {DATABASE}')
    connection.execute('CREATE DATABASE {DATABASE}')
import redis
redis.Redis.from_url({REDIS!r}).flushdb()
""",
    )
    run(str(BIN / "python"), "manage.py", "migrate", "--noinput", stdout=subprocess.DEVNULL)
    site = run(str(BIN / "python"), "-m", "tests.load.data", capture_output=True, text=True)
    return json.loads(site.stdout.strip().splitlines()[-1])


def start_servers() -> None:
    print("== Two gunicorn instances and the task worker")
    for port, workers in zip(PORTS, (3, 2), strict=True):
        start(
            str(BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--worker-class", "gthread", "--threads", "4",
            # Longer than the readers' pauses: otherwise a reused connection may be closed
            # by the server just as the next request goes out (a proxy does this in
            # production).
            "--keep-alive", "30", log=f"gunicorn-{port}.log",
        )  # fmt: skip
    start(str(BIN / "python"), "manage.py", "db_worker", log="worker.log")
    for server in SERVERS:
        for _ in range(60):
            try:
                if requests.get(server + "/healthz/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            raise SystemExit(f"{server} did not start: see {WORK}")


def warm_up(site: dict, rounds: int = 4) -> None:
    """Every page the readers and writers open, `rounds` times through each server, eight
    at a time, so that most worker processes have loaded their templates and
    translations and Redis holds the caches. Otherwise the first seconds, in which 220
    people arrive at servers that have seen nobody, decide the percentiles."""
    paths = [*site["reading"], *site["paragraphs"]]
    addresses = [server + path for server in SERVERS for path in paths] * rounds
    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        statuses = set(pool.map(lambda url: requests.get(url, timeout=60).status_code, addresses))
    print(
        f"warm-up: {len(addresses)} requests in {time.perf_counter() - started:.1f} s, "
        f"statuses {sorted(statuses)}"
    )


def load(site: dict) -> None:
    print(f"== Locust: {USERS - WRITERS} readers and {WRITERS} writers for {SECONDS} s")
    if os.environ.get("LOAD_WARM", "1") != "0":
        warm_up(site)
    accepted_file = WORK / "accepted.txt"
    env = {
        **ENV,
        "LOAD_SITE": json.dumps(site),
        "LOAD_SERVERS": " ".join(SERVERS),
        "LOAD_ACCEPTED_FILE": str(accepted_file),
    }
    subprocess.run(
        [
            str(BIN / "locust"), "-f", "tests/load/locustfile.py", "--headless",
            "-u", str(USERS), "-r", "50", "-t", f"{SECONDS}s", "--host", SERVERS[0],
            "--csv", str(WORK / "locust"), "--only-summary", "--loglevel", "WARNING",
        ],
        cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    with open(WORK / "locust_stats.csv", encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    print(
        f"{'request':<34} {'count':>6} {'fail':>5} {'req/s':>7} {'p50':>6} {'p95':>6} "
        f"{'p99':>6}  (ms)"
    )
    for row in rows:
        print(
            f"{row['Name'][:34]:<34} {row['Request Count']:>6} {row['Failure Count']:>5} "
            f"{float(row['Requests/s']):>7.1f} {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}"
        )
    accepted = [line for line in accepted_file.read_text().splitlines() if line]
    counts = django_json(
        "from collections import Counter\n"
        "from beteiligung.models import Contribution\n"
        f"texts = {accepted!r}\n"
        "found = Counter(Contribution.objects.filter(text__in=texts)"
        ".values_list('text', flat=True))\n"
        "stored = Contribution.objects.filter(text__startswith='Lasttest')\n"
        "print(json.dumps({'missing': sum(1 for t in texts if found[t] == 0),"
        " 'twice': sum(1 for t in texts if found[t] > 1), 'stored': stored.count(),"
        " 'distinct': stored.values('text').distinct().count()}))"
    )
    # Comments still in flight when locust stopped may be stored without their answer
    # having arrived: stored >= accepted, but none missing and none twice.
    print(
        f"accepted comments: {len(accepted)}; stored: {counts['stored']} "
        f"({counts['distinct']} distinct texts); accepted but missing: {counts['missing']}; "
        f"accepted and stored twice: {counts['twice']}"
    )
    assert counts["missing"] == 0 and counts["twice"] == 0, counts
    assert counts["stored"] == counts["distinct"] >= len(accepted), counts


def django_json(script: str) -> dict:
    result = run(
        str(BIN / "python"), "-c", "import json, django\ndjango.setup()\n" + script,
        capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def burst(jobs: list, seconds: float = RUSH_SECONDS) -> tuple[list[float], list, float]:
    """Runs every job in its own thread, started evenly over `seconds` (all at the same
    moment with 0). Each job's time is from its own start to its answer."""
    barrier = threading.Barrier(len(jobs) + 1)
    timings: list[float] = [0.0] * len(jobs)
    results: list = [None] * len(jobs)

    def worker(index: int, job) -> None:
        barrier.wait()
        delay = released + seconds * index / len(jobs) - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        started = time.perf_counter()
        results[index] = job()
        timings[index] = time.perf_counter() - started

    threads = [threading.Thread(target=worker, args=(n, job)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    released = time.perf_counter()
    barrier.wait()
    for thread in threads:
        thread.join()
    return timings, results, time.perf_counter() - released


def rush(site: dict) -> None:
    session = site["rush_session"]
    print(
        f"== Registration rush: {RUSH} people, 20 seats, half through each server, "
        f"registrations and then confirmations each started within {RUSH_SECONDS:g} s"
    )
    people = []
    for number in range(RUSH):
        client = requests.Session()
        server = SERVERS[number % 2]
        form = client.get(f"{server}{session['url']}register/").text
        people.append((client, server, CSRF.search(form).group(1), STARTED.search(form).group(1)))
    time.sleep(3.5)  # the forms refuse what is sent faster than a person writes

    def register(number: int):
        client, server, csrf, started = people[number]
        url = f"{server}{session['url']}register/"
        data = {
            "csrfmiddlewaretoken": csrf, "started": started, "website": "", "consent": "on",
            "name": f"Person {number}", "email": f"rush{number}@example.org",
            "organisation": "", "interpretation": "", "accessibility_needs": "",
        }  # fmt: skip
        return client.post(url, data, headers={"Referer": url}, allow_redirects=False)

    timings, responses, elapsed = burst([lambda n=n: register(n) for n in range(RUSH)])
    statuses = sorted({response.status_code for response in responses})
    print(f"registrations: {RUSH} in {elapsed:.2f} s, statuses {statuses}, " + figures(timings))
    tokens = django_json(
        "from forum.mails import CONFIRMATION, link_token\n"
        "from forum.models import Registration\n"
        f"rows = Registration.objects.filter(session_id={session['pk']})\n"
        "print(json.dumps({r.email: link_token(CONFIRMATION, r) for r in rows}))"
    )

    def confirm(number: int):
        client, server, csrf, _ = people[number]
        token = tokens[f"rush{number}@example.org"]
        url = f"{server}{session['url']}confirm/?token={token}"
        data = {"csrfmiddlewaretoken": csrf}
        return client.post(url, data, headers={"Referer": url}, allow_redirects=False)

    confirm_timings, responses, elapsed = burst([lambda n=n: confirm(n) for n in range(RUSH)])
    statuses = sorted({response.status_code for response in responses})
    print(
        f"confirmations: {RUSH} in {elapsed:.2f} s, statuses {statuses}, "
        + figures(confirm_timings)
    )
    print("both together: " + figures(timings + confirm_timings))
    outcome = django_json(
        "from forum.models import Registration\n"
        f"rows = list(Registration.objects.filter(session_id={session['pk']})"
        ".order_by('confirmed_at', 'pk'))\n"
        "statuses = [r.status for r in rows]\n"
        "print(json.dumps({'confirmed': statuses.count('confirmed'),"
        " 'waitlisted': statuses.count('waitlisted'),"
        " 'in_order': statuses == sorted(statuses, key=lambda s: s != 'confirmed')}))"
    )
    print(
        f"seats taken: {outcome['confirmed']}, waitlisted: {outcome['waitlisted']}, "
        f"waitlist in order of confirmation: {outcome['in_order']}"
    )
    assert outcome == {"confirmed": 20, "waitlisted": RUSH - 20, "in_order": True}, outcome


def figures(timings: list[float]) -> str:
    ms = [t * 1000 for t in timings]
    return (
        f"p50 {statistics.median(ms):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms, "
        f"p99 {percentile(ms, 0.99):.0f} ms"
    )


def two_servers(site: dict) -> None:
    print("== Two servers, one site")
    path = site["paragraphs"][0]
    forms = []
    for number in range(6):
        client = requests.Session()
        url = SERVERS[number % 2] + path
        forms.append((client, url, client.get(url).text))
    time.sleep(3.5)  # the forms refuse what is sent faster than a person writes
    codes = [
        client.post(
            url,
            {
                "csrfmiddlewaretoken": CSRF.search(form).group(1),
                "started": STARTED.search(form).group(1),
                "website": "",
                "text": f"Gleiche Adresse, Nummer {number}",
                "author_name": "Ana",
                "email": "same-person@example.org",
                "consent": "on",
            },  # fmt: skip
            headers={"Referer": url},
            allow_redirects=False,
        ).status_code
        for number, (client, url, form) in enumerate(forms)
    ]
    print(f"six comments from one address, alternating servers (limit 5/m): {codes}")
    assert codes[:5] == [302] * 5 and codes[5] == 429, codes

    doomed = site["doomed"]
    other = requests.Session()
    before = other.get(SERVERS[1] + doomed["url"]).status_code
    in_menu_before = doomed["url"] in other.get(SERVERS[1] + "/").text
    staff = requests.Session()
    login = SERVERS[0] + "/admin/login/"
    token = CSRF.search(staff.get(login).text).group(1)
    username, password = site["admin"]
    staff.post(
        login,
        {"csrfmiddlewaretoken": token, "username": username, "password": password},
        headers={"Referer": login},
    )
    unpublish = f"{SERVERS[0]}/admin/pages/{doomed['pk']}/unpublish/"
    token = CSRF.search(staff.get(unpublish).text).group(1)
    staff.post(unpublish, {"csrfmiddlewaretoken": token}, headers={"Referer": unpublish})
    after = other.get(SERVERS[1] + doomed["url"]).status_code
    in_menu_after = doomed["url"] in other.get(SERVERS[1] + "/").text
    print(
        f"page withdrawn through {SERVERS[0]}: on {SERVERS[1]} it answered {before} before "
        f"(in the menu: {in_menu_before}) and {after} right after (in the menu: {in_menu_after})"
    )
    assert (before, in_menu_before, after, in_menu_after) == (200, True, 404, False)
    for server in SERVERS:
        ready = requests.get(server + "/readyz/")
        print(f"{server}/readyz/: {ready.status_code} " + ready.text.replace("\n", "; "))


def main() -> None:
    steps = os.environ.get("LOAD_STEPS", "load rush servers").split()
    site = prepare()
    try:
        start_servers()
        if "load" in steps:
            load(site)
        if "rush" in steps:
            rush(site)
        if "servers" in steps:
            two_servers(site)
    finally:
        stop_all()
    print(f"== Done; logs in {WORK}")


if __name__ == "__main__":
    main()
