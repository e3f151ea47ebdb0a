# corpus: modelled-on=ethereum/go-ethereum Dockerfile, as forked by an L2/BSC-style geth fork that pinned the builder
# corpus: expect=AL201@8
# Support setting various labels on the final image
ARG COMMIT=""
ARG VERSION=""

# Build geth in a stock Go builder container
FROM --platform=linux/amd64 golang:1.22-alpine AS builder

RUN apk add --no-cache gcc musl-dev linux-headers git

# Get dependencies - will also be cached if we won't change go.mod/go.sum
COPY go.mod go.sum /geth/
RUN cd /geth && go mod download

ADD . /geth
RUN cd /geth && go run build/ci.go install -static ./cmd/geth

# Pull geth into a second stage deploy alpine container
FROM alpine:3.19

RUN apk add --no-cache ca-certificates curl
COPY --from=builder /geth/build/bin/geth /usr/local/bin/

EXPOSE 8545 8546 30303 30303/udp
ENTRYPOINT ["geth"]

ARG COMMIT=""
ARG VERSION=""
LABEL commit="$COMMIT" version="$VERSION"
