"""Readers and writers for `make load` (tests/load/run.py starts it).

Readers open public pages on either app server; writers open a paragraph, take the time
a person needs to write (the forms refuse faster submissions) and send a comment with a
text of their own. Every comment the site accepted (a redirect to "sent") is written to
LOAD_ACCEPTED_FILE, so that the run can check each is stored exactly once.
"""

import json
import os
import random
import re
import time
import uuid

from locust import HttpUser, between, events, task

SITE = json.loads(os.environ["LOAD_SITE"])
SERVERS = os.environ["LOAD_SERVERS"].split()
ACCEPTED: list[str] = []
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED = re.compile(r'name="started" value="([^"]+)"')


def server() -> str:
    return random.choice(SERVERS)


class Reader(HttpUser):
    wait_time = between(0.5, 2.0)

    @task
    def read(self) -> None:
        path = random.choice(SITE["reading"])
        name = re.sub(r"[0-9a-f-]{36}", "<id>", path)
        self.client.get(server() + path, name=name)


class Writer(HttpUser):
    fixed_count = 20
    wait_time = between(1.0, 3.0)

    @task
    def comment(self) -> None:
        host = server()
        path = random.choice(SITE["paragraphs"])
        form = self.client.get(host + path, name="paragraph (form)")
        csrf, started = CSRF.search(form.text), STARTED.search(form.text)
        if not (csrf and started):
            return
        time.sleep(3.5)  # the forms refuse what is sent faster than a person writes
        text = f"Lasttest {uuid.uuid4()}: Bitte mehr Abendkurse."
        with self.client.post(
            host + path,
            {
                "csrfmiddlewaretoken": csrf.group(1),
                "started": started.group(1),
                "website": "",
                "text": text,
                "author_name": "Last Test",
                "email": f"{uuid.uuid4().hex[:12]}@example.org",
                "consent": "on",
            },
            headers={"Referer": host + path},
            allow_redirects=False,
            name="paragraph (send comment)",
            catch_response=True,
        ) as response:
            if response.status_code == 302 and "/sent/" in response.headers.get("Location", ""):
                ACCEPTED.append(text)
                response.success()
            else:
                response.failure(f"comment not accepted: {response.status_code}")


@events.quitting.add_listener
def write_accepted(environment, **kwargs) -> None:
    with open(os.environ["LOAD_ACCEPTED_FILE"], "w", encoding="utf-8") as accepted:
        accepted.write("\n".join(ACCEPTED))
