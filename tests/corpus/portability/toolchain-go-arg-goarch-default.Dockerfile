# corpus: modelled-on=Go CLIs that expose GOOS/GOARCH as build args with amd64 defaults (goreleaser-less Docker builds)
# corpus: expect=AL204@5
FROM golang:1.22 AS build
ARG GOOS=linux
ARG GOARCH=amd64
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$GOOS GOARCH=$GOARCH go build -o /out/cli ./cmd/cli

FROM scratch
COPY --from=build /out/cli /cli
ENTRYPOINT ["/cli"]
