# corpus: modelled-on=actions-runner-controller runner Dockerfile (TARGETARCH -> x64 mapping, static docker by arch)
# corpus: expect=
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy AS build

ARG TARGETOS
ARG TARGETARCH
ARG RUNNER_VERSION=2.317.0
ARG RUNNER_CONTAINER_HOOKS_VERSION=0.6.1
ARG DOCKER_VERSION=26.1.4

RUN apt-get update && apt-get install -y --no-install-recommends curl unzip ca-certificates \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /actions-runner
# The runner publishes x64/arm64 tarballs; Docker calls them amd64/arm64
RUN export RUNNER_ARCH=${TARGETARCH} \
    && if [ "$RUNNER_ARCH" = "amd64" ]; then export RUNNER_ARCH=x64; fi \
    && curl -fL -o runner.tar.gz "https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-${TARGETOS}-${RUNNER_ARCH}-${RUNNER_VERSION}.tar.gz" \
    && tar xzf runner.tar.gz && rm runner.tar.gz

RUN curl -fL -o hooks.zip "https://github.com/actions/runner-container-hooks/releases/download/v${RUNNER_CONTAINER_HOOKS_VERSION}/actions-runner-hooks-k8s-${RUNNER_CONTAINER_HOOKS_VERSION}.zip" \
    && unzip -q hooks.zip -d ./k8s && rm hooks.zip

# Static docker CLI: download.docker.com uses x86_64 / aarch64 directory names
RUN case "${TARGETARCH}" in \
        amd64) DOCKER_ARCH=x86_64 ;; \
        arm64) DOCKER_ARCH=aarch64 ;; \
        *) echo "unsupported ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
    && curl -fL "https://download.docker.com/linux/static/stable/${DOCKER_ARCH}/docker-${DOCKER_VERSION}.tgz" \
       | tar xz --strip-components=1 -C /usr/local/bin docker/docker

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy
ENV RUNNER_MANUALLY_TRAP_SIG=1 ACTIONS_RUNNER_PRINT_LOG_TO_STDOUT=1
RUN adduser --disabled-password --gecos "" --uid 1001 runner
WORKDIR /home/runner
COPY --from=build --chown=runner:runner /actions-runner .
COPY --from=build /usr/local/bin/docker /usr/local/bin/docker
USER runner
