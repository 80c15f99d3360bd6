"""Import the client, construct it and make one GET on a MockTransport (timed as a process)."""

import httpx

from expanse_api import Expanse

transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"services": []}))
client = Expanse(api_key="sk_bench", http_client=httpx.Client(transport=transport))
client.services.list(team_id="t_1")
