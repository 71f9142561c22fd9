#!/usr/bin/env python3
"""Every shipped dashboard in Debian's headless Chromium against a demo server.

Starts `.build/debug/funnelhouse serve --demo` with a small demo set in a temporary working
folder on a free port, then for each `dashboards/*.json`: every panel renders with data and
the console stays clean; on the director overview a heatmap cell click filters the other
panels to the values a direct /graphql query with that filter gives. Screenshots go to
`.build/screenshots/`. Timeouts everywhere; the server and its cluster stop in `finally`.

Run: python3 Tests/browser/dashboards_test.py  (after `swift build`)
"""

import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.join(ROOT, ".build", "debug", "funnelhouse")
SCREENSHOTS = os.path.join(ROOT, ".build", "screenshots")
DEMO_SCALE = "0.05"
INSECURE = ssl.create_default_context()
INSECURE.check_hostname = False
INSECURE.verify_mode = ssl.CERT_NONE


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http(url, data=None, headers=None, timeout=30):
    """(status, headers, body text) without following redirects."""
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=INSECURE), NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("timed out after %ss waiting for %s" % (timeout, what))


class Server:
    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="funnelhouse-browser-")
        # The embedded cluster may run as another user (initdb refuses root): let it in.
        os.chmod(self.folder, 0o755)
        self.port = free_port()
        self.base = "https://127.0.0.1:%d" % self.port
        self.log_path = os.path.join(self.folder, "serve.log")
        self.process = None
        self.token = None

    def start(self):
        environment = dict(os.environ, FUNNELHOUSE_DASHBOARDS_DIR=os.path.join(ROOT, "dashboards"))
        environment.pop("DATABASE_URL", None)
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [BINARY, "serve", "--demo", "--demo-scale", DEMO_SCALE, "--port", str(self.port), "--rate-limit", "0"],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT, env=environment,
        )

        def token():
            if self.process.poll() is not None:
                raise AssertionError("serve exited with %s:\n%s" % (self.process.returncode, open(self.log_path).read()))
            for line in open(self.log_path):
                if line.startswith("dashboard: "):
                    return line.split("?token=", 1)[1].strip()
            return None

        self.token = wait_for(token, 240, "the demo load and the dashboard URL")
        wait_for(lambda: http(self.base + "/readyz", timeout=5)[0] == 200, 60, "/readyz")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        subprocess.run([BINARY, "db", "stop"], cwd=self.folder, timeout=60, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def graphql(self, query, variables):
        status, _, body = http(
            self.base + "/graphql", data=json.dumps({"query": query, "variables": variables}).encode(),
            headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json", "Accept": "application/json"},
        )
        assert status == 200, (status, body)
        answer = json.loads(body)
        assert "errors" not in answer, answer
        return answer["data"]


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--ignore-certificate-errors", "--window-size=1400,1700"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


def panels(driver):
    """panel id -> (state, values, variables) as the page recorded them."""
    found = {}
    for element in driver.find_elements("css selector", ".panel"):
        values = element.get_attribute("data-values")
        variables = element.get_attribute("data-variables")
        found[element.get_attribute("data-panel")] = (
            element.get_attribute("data-state"), json.loads(values) if values else None, json.loads(variables) if variables else None,
        )
    return found


def wait_ready(driver):
    wait_for(lambda: driver.execute_script(
        "return document.body.dataset.state === 'ready' && !document.querySelector('.panel[data-state=loading]')"
    ), 60, "every panel to finish loading")


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def check_auth(server):
    status, _, body = http(server.base + "/dashboards/director")
    assert status == 401 and "funnelhouse token" in body, (status, body[:200])
    status, headers, _ = http(server.base + "/dashboards/director?lang=en&token=" + server.token)
    assert status == 303, status
    assert headers["Location"] == "/dashboards/director?lang=en", headers["Location"]
    cookie = headers["Set-Cookie"]
    for attribute in ["funnelhouse_token=" + server.token, "HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age="]:
        assert attribute in cookie, cookie
    status, _, _ = http(server.base + "/dashboards/director", headers={"Cookie": "funnelhouse_token=" + server.token})
    assert status == 200, status
    status, _, _ = http(server.base + "/dashboards/lib/chart.js")
    assert status == 200, "Chart.js is not served: install libjs-chart.js"


def at(value, path):
    """The page's dot paths (`health.series.0.kpis`) in Python."""
    for step in path.split(".") if path else []:
        value = value[int(step)] if isinstance(value, list) else value[step]
    return value


def check_dashboard(server, driver, name):
    driver.get("%s/dashboards/%s?token=%s" % (server.base, name, server.token))
    wait_ready(driver)
    assert "token=" not in driver.current_url, driver.current_url
    shown = panels(driver)
    assert shown, "%s: no panels" % name
    definition = json.load(open(os.path.join(ROOT, "dashboards", name + ".json")))
    for panel in definition["panels"]:
        state, values, variables = shown[panel["id"]]
        if state == "empty":
            # Only when the server has nothing either (the small demo set has no live stall now).
            rows = at(server.graphql(panel["query"], variables), panel["mapping"].get("rows") or panel["mapping"].get("items"))
            assert rows == [], "%s: panel %s shows nothing but /graphql has %s" % (name, panel["id"], rows)
            continue
        assert state == "ready" and values, "%s: panel %s is %s: %s" % (
            name, panel["id"], state, driver.find_element("css selector", "#panel-%s .status" % panel["id"]).text)
    errors = console_errors(driver)
    assert not errors, "%s: console errors %s" % (name, errors)
    driver.save_screenshot(os.path.join(SCREENSHOTS, name + ".png"))
    return shown


FUNNEL = "query($period: PeriodInput!, $filter: FilterInput) { funnel(period: $period, filter: $filter) { stages { name reached conversionRate } } }"
KPIS = "query($period: PeriodInput!, $filter: FilterInput) { health(period: $period, filter: $filter) { series { kpis { kpi value band } } } }"


def expected_funnel(server, period, filter):
    stages = server.graphql(FUNNEL, {"period": period, "filter": filter})["funnel"][0]["stages"]
    return [[stage["name"], stage["reached"], stage["conversionRate"]] for stage in stages]


def expected_kpis(server, period, filter):
    values = server.graphql(KPIS, {"period": period, "filter": filter})["health"]["series"][0]["kpis"]
    return [[value["kpi"], value["value"], value["band"]] for value in values]


def check_cross_filter(server, driver):
    """A heatmap cell (region × loss reason) filters every other panel to that region."""
    before = panels(driver)
    period = before["funnel"][2]["period"]
    assert before["funnel"][1] == expected_funnel(server, period, {}), "unfiltered funnel differs from /graphql"
    assert before["kpis"][1] == expected_kpis(server, period, {}), "unfiltered KPI tiles differ from /graphql"

    cell = driver.find_elements("css selector", "#panel-heatmap rect.cell")[0]
    region = cell.get_attribute("data-y")
    cell.click()
    wait_for(lambda: driver.find_elements("css selector", ".chip[data-dimension=REGION][data-id='%s']" % region), 10, "the region chip")
    wait_ready(driver)
    assert "regions=" + region in driver.current_url, driver.current_url
    after = panels(driver)
    only = {"regions": [region]}
    assert after["funnel"][2]["filter"] == only, after["funnel"][2]
    funnel = expected_funnel(server, period, only)
    assert after["funnel"][1] == funnel, (after["funnel"][1], funnel)
    assert after["funnel"][1] != before["funnel"][1], "the funnel did not change with the filter"
    assert after["kpis"][1] == expected_kpis(server, period, only), after["kpis"][1]
    # The drill panel moved from regions to the region's teams; its opportunities add up to the funnel's.
    assert after["by-unit"][2]["groupBy"] == ["TEAM"], after["by-unit"][2]
    assert sum(row[1] for row in after["by-unit"][1]) == funnel[0][1], (after["by-unit"][1], funnel[0])
    # The heatmap itself is filtered too: one region left.
    assert len({row[0] for row in after["heatmap"][1]}) == 1, after["heatmap"][1]
    assert not console_errors(driver)
    driver.save_screenshot(os.path.join(SCREENSHOTS, "director-filtered.png"))

    # The chip removes the filter; the shared URL restores the filtered view.
    filtered_url = driver.current_url
    driver.find_element("css selector", ".chip[data-dimension=REGION]").click()
    wait_ready(driver)
    assert panels(driver)["funnel"][1] == before["funnel"][1], "removing the chip did not restore the funnel"
    driver.get(filtered_url)
    wait_ready(driver)
    assert panels(driver)["funnel"][1] == funnel, "the shared URL did not restore the filter"

    driver.find_element("id", "language").click()
    wait_for(lambda: driver.find_element("id", "title").text == "Sales director overview", 10, "the English title")
    assert "lang=en" in driver.current_url


def main():
    os.makedirs(SCREENSHOTS, exist_ok=True)
    names = sorted(name[:-5] for name in os.listdir(os.path.join(ROOT, "dashboards")) if name.endswith(".json"))
    started = time.monotonic()
    server = Server()
    driver = None
    try:
        server.start()
        print("browser test: demo server ready in %.0f s" % (time.monotonic() - started))
        check_auth(server)
        driver = browser()
        for name in names:
            check_dashboard(server, driver, name)
            print("browser test: %s rendered every panel" % name)
            if name == "director":
                check_cross_filter(server, driver)
                print("browser test: director cross-filter matches /graphql")
    finally:
        if driver:
            driver.quit()
        server.stop()
    print("browser test: passed in %.0f s; screenshots in %s" % (time.monotonic() - started, SCREENSHOTS))


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("browser test FAILED: %s" % failure, file=sys.stderr)
        sys.exit(1)
