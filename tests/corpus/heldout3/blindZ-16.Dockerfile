# corpus: modelled-on=Go helper binaries for a ClickHouse/Kafka Connect stack built in a $BUILDPLATFORM stage, shipped on an arch-tagged distroless image
# corpus: expect=AL204@9,AL206@10,AL209@12
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# loader: bulk-loads parquet into ClickHouse; probe: readiness check for the Connect cluster
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags="-s -w" -o /out/loader ./cmd/loader
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/probe ./cmd/probe

FROM gcr.io/distroless/static-debian12:nonroot-amd64
COPY --from=build /out/loader /usr/local/bin/loader
COPY --from=build /out/probe /usr/local/bin/probe
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/loader"]
