# corpus: modelled-on=images with FROM --platform=linux/${TARGETARCH} (a variable, not a constant)
# corpus: expect=
ARG TARGETARCH
FROM --platform=linux/${TARGETARCH} ubuntu:24.04
RUN apt-get update && apt-get install -y curl
