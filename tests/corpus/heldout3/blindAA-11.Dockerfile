# corpus: modelled-on=dev-tools image with go-task .deb and just (choopm/stdfx, trdl Dockerfile, casey/just install notes)
# corpus: expect=AL301@8,AL302@9,AL301@13,AL303@17
FROM debian:bookworm-slim
ARG TASK_VERSION=3.37.2
ARG JUST_VERSION=1.29.1
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git make \
 && curl -fsSLO https://github.com/go-task/task/releases/download/v${TASK_VERSION}/task_linux_amd64.deb \
 && apt-get install -y ./task_linux_amd64.deb \
 && rm -f task_linux_amd64.deb \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://github.com/casey/just/releases/download/${JUST_VERSION}/just-${JUST_VERSION}-x86_64-unknown-linux-musl.tar.gz" \
    | tar -xz -C /usr/local/bin just

# vendored linter binary checked into the repo
COPY tools/bin/linux-amd64/protolint /usr/local/bin/protolint
WORKDIR /repo
COPY Taskfile.yml justfile ./
CMD ["task", "--list"]
