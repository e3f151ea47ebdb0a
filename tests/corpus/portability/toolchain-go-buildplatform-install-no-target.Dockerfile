# corpus: modelled-on=BUILDPLATFORM stages installing the project with go install
# corpus: expect=AL206@6
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go install ./cmd/...
FROM alpine:3.20
COPY --from=build /go/bin/ /usr/local/bin/
