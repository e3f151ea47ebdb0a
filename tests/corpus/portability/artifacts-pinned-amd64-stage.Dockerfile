# corpus: modelled-on=images pinned to linux/amd64 downloading amd64 tools (AL201 for the pin, AL301 for the download it hides)
# corpus: expect=AL201@3,AL301@5
FROM --platform=linux/amd64 ubuntu:22.04
RUN apt-get update && apt-get install -y curl
RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl
