# corpus: modelled-on=cosmos/relayer (rly) Dockerfile, cross-compiled Go relayer on alpine
# corpus: expect=AL208@21
FROM --platform=$BUILDPLATFORM golang:1.22-alpine3.20 AS build-env

RUN apk add --update --no-cache make git bash

ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev

WORKDIR /go/src/github.com/cosmos/relayer
COPY go.mod go.sum ./
RUN go mod download
COPY . .

RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags "-s -w -X github.com/cosmos/relayer/v2/cmd.Version=${VERSION}" \
      -o /out/rly .

# runtime image only needs certs and a shell for the entrypoint scripts
FROM --platform=$BUILDPLATFORM alpine:3.20
RUN apk add --no-cache ca-certificates bash jq \
 && addgroup -g 1000 relayer && adduser -D -u 1000 -G relayer -h /home/relayer relayer
COPY --from=build-env /out/rly /usr/bin/rly
USER relayer
WORKDIR /home/relayer
ENTRYPOINT ["rly"]
CMD ["start"]
