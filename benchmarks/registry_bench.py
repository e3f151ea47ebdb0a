"""Registry benchmark: archlint vs ``docker manifest inspect`` vs ``skopeo inspect --raw``.

Setup (everything on loopback): the real distribution registry (``docker-registry``) with
token auth and anonymous pull, a test token issuer, and in front of both a proxy adding
``--delay`` (50 ms) to every request. ``--images`` (50) distinct repositories are pushed,
each an image index modelled on a real official-image tag (same platforms; OCI index with
attestations for current tags, Docker manifest list for old ones).

Measured:

- archlint cold: ``archlint check`` over one generated Dockerfile per image (one run,
  ``--jobs`` concurrent look-ups), empty ``ARCHLINT_CACHE_DIR``;
- archlint warm: the same again (cache valid: expected zero requests);
- archlint after the tag TTL: the same with ``tag-ttl = 0`` (expected tokens + HEADs only);
- ``docker manifest inspect --insecure`` and ``skopeo inspect --raw --tls-verify=false``,
  run over the same images one after another, as a shell loop would.

Request counts come from the proxy (what really went over the "network"), archlint's own
counts from its JSON summary. The ideal is ``round trips per image × delay × ⌈images /
jobs⌉`` with 2 round trips per image (token + GET manifest; §7.2 of the registry notes).

Usage: ``python benchmarks/registry_bench.py [--images 50] [--delay 0.05] [--jobs 16]
[--json results.json]``. Prints a markdown table. Needs docker-registry; docker and skopeo
are optional (their rows are skipped when missing).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry_proxy import DelayProxy  # noqa: E402
from registry_support.images import RegistryPusher  # noqa: E402
from registry_support.process import RegistryProcess  # noqa: E402
from registry_support.seed import OFFICIAL_TAGS, ImagePlan, official_plan, seed  # noqa: E402
from registry_support.tokens import TokenIssuer  # noqa: E402

TOOL_TIMEOUT = 120.0  # seconds per subprocess: nothing in the benchmark can hang


@dataclass
class Row:
    tool: str
    seconds: float
    counts: dict[str, int]
    images: int
    ok: int
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def per_image(self, kind: str) -> float:
        return self.counts.get(kind, 0) / self.images


def bench_plans(count: int) -> list[ImagePlan]:
    """``count`` distinct repositories, cycling through the official-image selection."""
    tags = list(OFFICIAL_TAGS)
    plans = []
    for i in range(count):
        image, tag = tags[i % len(tags)]
        plan = official_plan(image, tag)
        plan.repository = f"bench/n{i:02d}-{image}"
        plans.append(plan)
    return plans


def write_dockerfiles(directory: Path, host: str, plans: list[ImagePlan]) -> list[str]:
    refs = []
    for i, plan in enumerate(plans):
        ref = f"{host}/{plan.repository}:{plan.tag}"
        sub = directory / f"img{i:02d}"
        sub.mkdir(parents=True)
        (sub / "Dockerfile").write_text(f"FROM {ref}\nRUN true\n")
        refs.append(ref)
    return refs


def archlint_env(cache_dir: Path, pycache: Path) -> dict[str, str]:
    """archlint as installed by pip runs from cached bytecode; PYTHONDONTWRITEBYTECODE (set
    on some CI machines) would make every run recompile ~360 modules, so bytecode goes to a
    private prefix instead (outside the repository)."""
    env = dict(os.environ, ARCHLINT_CACHE_DIR=str(cache_dir), NO_COLOR="1",
               PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_archlint(files_dir: Path, cache_dir: Path, jobs: int, config: Path | None,
                 proxy: DelayProxy, images: int, label: str) -> Row:
    env = archlint_env(cache_dir, files_dir.parent / "pycache")
    cmd = [sys.executable, "-m", "archlint", "check", "--format", "json", "--jobs", str(jobs),
           "--platform", "linux/amd64,linux/arm64", "--exit-zero"]
    if config is not None:
        cmd += ["--config", str(config)]
    cmd.append(str(files_dir))
    proxy.reset()
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=TOOL_TIMEOUT,
                            cwd=files_dir)
    seconds = time.perf_counter() - start
    counts = proxy.snapshot()
    try:
        summary = json.loads(result.stdout)["summary"]
    except (json.JSONDecodeError, KeyError):
        raise SystemExit(f"archlint failed ({result.returncode}):\n{result.stderr[-3000:]}"
                         f"\n{result.stdout[-2000:]}") from None
    img = summary.get("images", {})
    return Row(label, seconds, counts, images, int(img.get("checked", 0)),
               extra={"archlint_requests": img.get("requests"),
                      "resolve_seconds": img.get("seconds"),
                      "sources": img.get("sources"), "by_rule": summary.get("by_rule")})


def median_run(repeat: int, run: Any) -> Row:
    """Run ``run(i)`` ``repeat`` times; keep the run with the median wall time."""
    rows = sorted((run(i) for i in range(repeat)), key=lambda r: r.seconds)
    row = rows[len(rows) // 2]
    row.extra["all_seconds"] = [round(r.seconds, 3) for r in rows]
    return row


def run_sequential(tool: str, argv_for: Any, refs: list[str], env: dict[str, str],
                   proxy: DelayProxy) -> Row:
    proxy.reset()
    ok = 0
    failures: list[str] = []
    start = time.perf_counter()
    for ref in refs:
        result = subprocess.run(argv_for(ref), capture_output=True, text=True, env=env,
                                timeout=TOOL_TIMEOUT)
        if result.returncode == 0:
            ok += 1
        elif len(failures) < 3:
            failures.append(result.stderr.strip()[-300:])
    seconds = time.perf_counter() - start
    return Row(tool, seconds, proxy.snapshot(), len(refs), ok,
               note="; ".join(failures))


def fmt_counts(row: Row) -> str:
    parts = [f"{row.per_image(k):.2g} {k}" for k in ("token", "ping", "head", "get", "blob")
             if row.counts.get(k)]
    return ", ".join(parts) if parts else "0"


def markdown(rows: list[Row], ideal: float, args: argparse.Namespace,
             cold: Row | None) -> str:
    lines = [
        f"{args.images} distinct images, {args.delay * 1000:.0f} ms added to every request, "
        f"archlint `--jobs {args.jobs}`, platforms linux/amd64 + linux/arm64.",
        "",
        "| run | wall time (s) | of which resolving (s) | requests | requests per image "
        "| resolved | time vs archlint cold |",
        "|---|---:|---:|---:|---|---:|---:|",
    ]
    for row in rows:
        ratio = f"{row.seconds / cold.seconds:.1f}×" if cold and row is not cold else "–"
        resolving = row.extra.get("resolve_seconds")
        lines.append(f"| {row.tool} | {row.seconds:.2f} | "
                     f"{'–' if resolving is None else f'{resolving:.2f}'} | "
                     f"{sum(row.counts.values())} | {fmt_counts(row)} | {row.ok}/{row.images} "
                     f"| {ratio} |")
    lines += ["", "Wall time is the whole command (Python start, parsing and checking 50 files "
              "included); *resolving* is archlint's own figure for the registry look-ups "
              "(`summary.images.seconds`).",
              "", f"Ideal cold time: 2 round trips × {args.delay * 1000:.0f} ms × "
              f"⌈{args.images}/{args.jobs}⌉ = {ideal:.2f} s."]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3,
                        help="archlint runs per row (the median is reported)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--skip-tools", action="store_true",
                        help="archlint rows only (no docker / skopeo)")
    return parser.parse_args(argv)


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Set up, measure, print the table; returns the figures (also written to --json)."""

    work = Path(tempfile.mkdtemp(prefix="archlint-registry-bench-"))
    proxy = DelayProxy(args.delay).start()
    issuer = TokenIssuer(users={}).start()
    bundle = issuer.write_bundle(work / "bundle.pem")
    auth_yaml = (
        "auth:\n  token:\n"
        f"    realm: \"http://{proxy.host}/token\"\n"
        f"    service: {json.dumps(issuer.service)}\n"
        f"    issuer: {json.dumps(issuer.issuer)}\n"
        f"    rootcertbundle: {json.dumps(str(bundle))}\n"
    )
    storage = work / "storage"
    seeder = RegistryProcess(storage=storage, workdir=work, name="bench-seed").start()
    registry: RegistryProcess | None = None
    try:
        plans = bench_plans(args.images)
        pusher = RegistryPusher(seeder.url)
        t0 = time.perf_counter()
        seed(pusher, plans, irregular=False)
        pusher.close()
        seeder.stop()
        print(f"seeded {len(plans)} images in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        registry = RegistryProcess(storage=storage, workdir=work, name="bench",
                                   auth_yaml=auth_yaml).start()
        proxy.registry = ("127.0.0.1", registry.port)
        proxy.issuer = ("127.0.0.1", issuer.port)

        files = work / "dockerfiles"
        refs = write_dockerfiles(files, proxy.host, plans)
        rows: list[Row] = []
        ttl0 = work / "ttl0.toml"
        ttl0.write_text("tag-ttl = 0\n")
        n = len(refs)

        counter = iter(range(10_000))

        def cold_run(i: int, label: str = "archlint, cold cache") -> Row:
            cache_dir = work / f"cache-{next(counter)}"  # empty: a cold cache
            row = run_archlint(files, cache_dir, args.jobs, None, proxy, n, label)
            row.extra["cache_dir"] = str(cache_dir)
            return row

        cold_run(0, "warm-up (bytecode, page cache; not reported)")
        cold = median_run(args.repeat, cold_run)
        rows.append(cold)
        warm_cache = Path(cold.extra.pop("cache_dir"))  # the median cold run's cache
        rows.append(median_run(args.repeat, lambda i: run_archlint(
            files, warm_cache, args.jobs, None, proxy, n, "archlint, warm (cache valid)")))
        rows.append(median_run(args.repeat, lambda i: run_archlint(
            files, warm_cache, args.jobs, ttl0, proxy, n, "archlint, warm after tag TTL")))
        delay, proxy.delay = proxy.delay, 0.0
        rows.append(median_run(args.repeat, lambda i: cold_run(
            i, "archlint, cold cache, no added delay (local cost)")))
        proxy.delay = delay
        rows[-1].extra.pop("cache_dir", None)
        if not args.skip_tools:
            docker_config = work / "docker-config"
            docker_config.mkdir()
            (docker_config / "config.json").write_text('{"auths": {}}')
            env = dict(os.environ, DOCKER_CONFIG=str(docker_config), HOME=str(work))
            if shutil.which("docker"):
                rows.append(run_sequential(
                    "docker manifest inspect --insecure (sequential)",
                    lambda ref: ["docker", "manifest", "inspect", "--insecure", ref],
                    refs, env, proxy))
            if shutil.which("skopeo"):
                rows.append(run_sequential(
                    "skopeo inspect --raw (sequential)",
                    lambda ref: ["skopeo", "inspect", "--raw", "--tls-verify=false",
                                 f"docker://{ref}"],
                    refs, env, proxy))
        ideal = 2 * args.delay * math.ceil(args.images / args.jobs)
        print(markdown(rows, ideal, args, cold))
        targets = {
            "cold_within_2x_ideal": cold.seconds <= 2 * ideal,
            "cold_vs_ideal": round(cold.seconds / ideal, 2) if ideal else None,
            "cold_resolve_vs_ideal": (round(cold.extra["resolve_seconds"] / ideal, 2)
                                      if cold.extra.get("resolve_seconds") and ideal else None),
            "warm_zero_requests": sum(rows[1].counts.values()) == 0,
            "after_ttl_heads_only": set(rows[2].counts) <= {"head", "token", "ping"},
        }
        local = rows[3].extra.get("resolve_seconds") or 0.0
        if cold.extra.get("resolve_seconds") and ideal:
            targets["cold_network_part_vs_ideal"] = round(
                (cold.extra["resolve_seconds"] - local) / ideal, 2)
        for row in rows[4:]:
            targets[f"10x_faster_than:{row.tool}"] = row.seconds >= 10 * cold.seconds
        print("\n" + "\n".join(f"- {k}: {v}" for k, v in targets.items()))
        for row in rows:
            if row.note:
                print(f"\n{row.tool} failures: {row.note}", file=sys.stderr)
        figures = {
            "images": args.images, "delay": args.delay, "jobs": args.jobs,
            "ideal_seconds": ideal, "targets": targets,
            "rows": [{"tool": r.tool, "seconds": round(r.seconds, 3), "counts": r.counts,
                      "ok": r.ok, "extra": r.extra} for r in rows],
        }
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(figures, indent=1))
        return figures
    finally:
        if registry is not None:
            registry.stop()
        seeder.stop()
        proxy.stop()
        issuer.stop()
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    run_benchmark(parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
