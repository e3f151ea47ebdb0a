# corpus: modelled-on=BuildKit exemption: stage name containing the OS (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM --platform=linux/arm64 golang:1.22 AS builder-linux
RUN go version
FROM --platform=linux/amd64 scratch AS build_amd64
