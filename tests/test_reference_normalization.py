"""Image references normalized as distribution/reference ParseNormalizedNamed + TagNameOnly
(table of docs/registry-and-platforms.md §1.3)."""

from __future__ import annotations

import pytest

from archlint.registry.reference import ReferenceError, is_loopback_host, parse_reference

D = "sha256:" + "a" * 64

# input, domain, api host, path, tag, digest
VALID = [
    ("ubuntu", "docker.io", "registry-1.docker.io", "library/ubuntu", "latest", None),
    ("ubuntu:22.04", "docker.io", "registry-1.docker.io", "library/ubuntu", "22.04", None),
    ("library/ubuntu", "docker.io", "registry-1.docker.io", "library/ubuntu", "latest", None),
    ("docker.io/ubuntu", "docker.io", "registry-1.docker.io", "library/ubuntu", "latest", None),
    ("index.docker.io/ubuntu:24.04", "docker.io", "registry-1.docker.io", "library/ubuntu",
     "24.04", None),
    ("docker.io/library/ubuntu:latest", "docker.io", "registry-1.docker.io", "library/ubuntu",
     "latest", None),
    ("bitnami/redis:7.2", "docker.io", "registry-1.docker.io", "bitnami/redis", "7.2", None),
    ("test_com/foo", "docker.io", "registry-1.docker.io", "test_com/foo", "latest", None),
    ("a/b/c", "docker.io", "registry-1.docker.io", "a/b/c", "latest", None),
    ("ghcr.io/owner/repo:v1", "ghcr.io", "ghcr.io", "owner/repo", "v1", None),
    ("quay.io/prometheus/node-exporter", "quay.io", "quay.io", "prometheus/node-exporter",
     "latest", None),
    ("public.ecr.aws/docker/library/node:20", "public.ecr.aws", "public.ecr.aws",
     "docker/library/node", "20", None),
    ("localhost/foo", "localhost", "localhost", "foo", "latest", None),
    ("localhost:5000/foo/bar:dev", "localhost:5000", "localhost:5000", "foo/bar", "dev", None),
    ("myregistry:5000/app", "myregistry:5000", "myregistry:5000", "app", "latest", None),
    ("127.0.0.1:5000/app:1", "127.0.0.1:5000", "127.0.0.1:5000", "app", "1", None),
    ("[::1]:5000/app", "[::1]:5000", "[::1]:5000", "app", "latest", None),
    ("example.com:443/app:1.0", "example.com:443", "example.com:443", "app", "1.0", None),
    ("Foo/bar", "Foo", "Foo", "bar", "latest", None),
    (f"alpine@{D}", "docker.io", "registry-1.docker.io", "library/alpine", None, D),
    (f"alpine:3.20@{D}", "docker.io", "registry-1.docker.io", "library/alpine", None, D),
    ("registry-1.docker.io/alpine", "registry-1.docker.io", "registry-1.docker.io", "alpine",
     "latest", None),
    ("ubuntu:Latest", "docker.io", "registry-1.docker.io", "library/ubuntu", "Latest", None),
    ("localhost:5000", "docker.io", "registry-1.docker.io", "library/localhost", "5000", None),
    ("example.com", "docker.io", "registry-1.docker.io", "library/example.com", "latest", None),
    ("192.168.0.1:80", "docker.io", "registry-1.docker.io", "library/192.168.0.1", "80", None),
]

INVALID = [
    ("Ubuntu", "must be lowercase"),
    ("example.com/Foo", "must be lowercase"),
    ("ubuntu:-bad", "invalid reference format"),
    ("foo___bar/baz", "invalid reference format"),
    ("a" * 64, "64-byte hexadecimal"),
    ("ubuntu:" + "a" * 129, "invalid reference format"),
    ("[fe80::1%eth0]:5000/debian", "invalid reference format"),
    ("alpine@sha256:abc", "invalid"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "domain", "api", "path", "tag", "digest"), VALID)
def test_normalization(text: str, domain: str, api: str, path: str, tag: str | None,
                       digest: str | None) -> None:
    ref = parse_reference(text)
    assert (ref.domain, ref.api_host, ref.path, ref.tag, ref.digest) == (
        domain, api, path, tag, digest)


@pytest.mark.parametrize(("text", "reason"), INVALID)
def test_invalid_references_say_why(text: str, reason: str) -> None:
    with pytest.raises(ReferenceError, match=reason):
        parse_reference(text)


def test_canonical_and_familiar_forms() -> None:
    ref = parse_reference(f"alpine:3.20@{D}")
    assert str(ref) == f"docker.io/library/alpine:3.20@{D}"
    assert ref.key == f"docker.io/library/alpine@{D}"  # the tag is ignored for resolution
    assert parse_reference("bitnami/redis").familiar() == "bitnami/redis:latest"
    assert parse_reference("ubuntu").official_image == "ubuntu"
    assert parse_reference("ghcr.io/a/b").official_image is None


def test_loopback_hosts() -> None:
    for host in ("localhost", "localhost:5000", "127.0.0.1:5000", "[::1]:5000", "a.localhost"):
        assert is_loopback_host(host), host
    for host in ("example.com", "10.0.0.1:5000", "192.168.1.2", "registry-1.docker.io"):
        assert not is_loopback_host(host), host
