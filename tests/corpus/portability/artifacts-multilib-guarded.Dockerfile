# corpus: modelled-on=multilib only for amd64, chosen with TARGETARCH
# corpus: expect=
FROM debian:bookworm
ARG TARGETARCH
RUN apt-get update \
 && if [ "$TARGETARCH" = "amd64" ]; then apt-get install -y gcc-multilib; fi \
 && apt-get install -y build-essential
