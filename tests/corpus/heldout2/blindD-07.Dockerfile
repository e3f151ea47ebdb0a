# corpus: modelled-on=RW21/switchbot-plug-exporter Dockerfile (ARG GOARCH=amd64) + distroless arch-suffixed nonroot tag
# corpus: expect=AL204@6,AL209@14
FROM golang:1.23 AS build

ARG GOOS=linux
ARG GOARCH=amd64

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN GOOS=$GOOS GOARCH=$GOARCH CGO_ENABLED=0 go build -o /out/snmp-lite-exporter .

FROM gcr.io/distroless/static-debian12:nonroot-amd64
COPY --from=build /out/snmp-lite-exporter /snmp-lite-exporter
COPY snmp.yml /etc/snmp-lite/snmp.yml
EXPOSE 9116
ENTRYPOINT ["/snmp-lite-exporter", "--config.file=/etc/snmp-lite/snmp.yml"]
