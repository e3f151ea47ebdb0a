# corpus: modelled-on=ordinary package installs
# corpus: expect=
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends \
      build-essential git curl ca-certificates libssl-dev zlib1g-dev valgrind gdb \
 && rm -rf /var/lib/apt/lists/*
