# JupyterHub configuration for a class on one machine (JupyterHub 3.0, Debian's package).
#
# `npm run classroom -- start` runs the hub with this file and COURSE_CLASSROOM_SETTINGS naming
# the class's settings.json (ports, address, learners, course folder); nothing here needs
# editing. Everything listens on 127.0.0.1 except the public proxy, which listens on the address
# the teacher chose (127.0.0.1 unless they named a LAN address).
import asyncio
import json
import os
import pwd
import socket

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

settings = json.load(open(os.environ["COURSE_CLASSROOM_SETTINGS"]))
state = settings["stateDir"]
here = os.path.dirname(os.path.abspath(__file__))
LOOPBACK = "127.0.0.1"

# --- Where each part listens ------------------------------------------------------------------
c.JupyterHub.bind_url = f"http://{settings['ip']}:{settings['port']}/"
c.JupyterHub.hub_bind_url = f"http://{LOOPBACK}:{settings['hubPort']}"
c.ConfigurableHTTPProxy.api_url = f"http://{LOOPBACK}:{settings['proxyApiPort']}"
# Debian's proxy cannot find its own modules under Node 20 without NODE_PATH.
c.ConfigurableHTTPProxy.command = ["/usr/bin/env", "NODE_PATH=/usr/share/nodejs", "configurable-http-proxy"]
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")

# --- The hub's own files stay in the class's state folder ----------------------------------------
c.JupyterHub.db_url = f"sqlite:///{os.path.join(state, 'jupyterhub.sqlite')}"
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(state, "hub.pid")

# --- Who may log in --------------------------------------------------------------------------
c.Authenticator.allowed_users = set(settings["learners"])
c.Authenticator.admin_users = set(settings.get("admins", []))
if settings.get("demo"):
    # One shared password for everyone: for a demonstration only, never for a real class.
    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = open(os.path.join(state, "demo-password")).read().strip()
else:
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.open_sessions = False  # no login session bookkeeping needed for a notebook

# --- Each learner's server: classic Notebook, their own course copy, a clean environment --------
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = ["/usr/bin/jupyterhub-singleuser"]
c.Spawner.ip = LOOPBACK
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/tree/course/notebooks"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60
# The hub runs as root: keep root's PATH and anything else of its environment from learners.
c.Spawner.env_keep = ["LANG", "LC_ALL"]
c.Spawner.environment = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "JUPYTERHUB_SINGLEUSER_APP": "notebook.notebookapp.NotebookApp",
    "COURSE_CLASSROOM_URL": f"http://{LOOPBACK}:{settings['servicePort']}/services/grades/",
    # One training thread per learner: on a shared machine a second thread each only makes
    # learners wait for each other.
    "COURSE_WORKERS": "1",
}


# Ports handed to learners' servers, by learner. Two servers starting at the same moment must
# not both be given the same free port: the one that binds second would fail, and the proxy would
# route its learner to the other learner's server.
ports_given = {}


def free_port(name, low, high):
    """A port in [low, high] for this learner's server: free, and not given to anyone else."""
    taken = {port for user, port in ports_given.items() if user != name}
    for port in range(low, high + 1):
        if port in taken:
            continue
        with socket.socket() as probe:
            try:
                probe.bind((LOOPBACK, port))
                ports_given[name] = port
                return port
            except OSError:
                continue
    raise RuntimeError(f"no free port for a learner's server between {low} and {high}")


async def provision(spawner):
    """Give the learner their own course copy (first login) or re-link it (later logins)."""
    name = spawner.user.name
    home = pwd.getpwnam(name).pw_dir
    script = os.path.join(here, "provision.sh")
    process = await asyncio.create_subprocess_exec(
        "/bin/bash", script, name, settings["courseRoot"],
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"},
    )
    output, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"preparing {name}'s course copy failed: {output.decode(errors='replace')[-2000:]}")
    spawner.log.info("course copy of %s ready", name)
    spawner.environment = dict(
        spawner.environment,
        JUPYTER_PATH=os.path.join(home, "course", ".jupyter", "share", "jupyter"),
    )
    # File > Download as > HTML through the course's nbconvert template, as `npm start` does
    # (scripts/start-jupyter.sh): the default template drops every SVG element of the charts.
    spawner.args = [
        "--HTMLExporter.template_name=course",
        "--TemplateExporter.extra_template_basedirs=" + os.path.join(home, "course", "scripts", "nbconvert"),
    ]
    low, high = settings["learnerPorts"]
    spawner.port = free_port(name, low, high)


c.Spawner.pre_spawn_hook = provision

# --- The grades service and the teacher's command-line token -------------------------------------
c.JupyterHub.services = [
    {
        "name": "grades",
        "url": f"http://{LOOPBACK}:{settings['servicePort']}",
        "command": [settings["node"], os.path.join(settings["courseRoot"], "build", "scripts", "classroom", "gradesService.js")],
        "environment": {
            "COURSE_CLASSROOM_GRADES_FILE": os.path.join(state, "grades.json"),
            "COURSE_CLASSROOM_TEACHER_SERVICE": "classroom-teacher",
        },
        "oauth_no_confirm": True,
    },
    {
        "name": "classroom-teacher",
        "api_token": open(os.path.join(state, "teacher-token")).read().strip(),
    },
]
c.JupyterHub.load_roles = [
    {
        "name": "classroom-teacher",
        "description": "npm run classroom: see learners and their servers",
        "scopes": ["list:users", "read:users", "admin:servers"],
        "services": ["classroom-teacher"],
    },
]
