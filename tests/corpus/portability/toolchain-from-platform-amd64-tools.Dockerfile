# corpus: modelled-on=Dockerfiles pinning a tools stage to amd64 because a vendor only ships x86-64 binaries
# corpus: expect=AL201@3
FROM --platform=linux/amd64 ubuntu:22.04 AS tools
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates unzip
FROM ubuntu:22.04
COPY --from=tools /usr/bin/unzip /usr/bin/unzip
