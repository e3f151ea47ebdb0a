# corpus: modelled-on=Go-based Slurm REST bridge built in a golang stage and shipped on an AlmaLinux minimal base
# corpus: expect=AL204@4,AL209@11,AL203@15
FROM --platform=$BUILDPLATFORM golang:1.24-alpine AS build
ENV CGO_ENABLED=0 GOOS=linux GOARCH=amd64
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -o /out/slurm-bridge ./cmd/bridge

FROM amd64/almalinux:9-minimal
RUN microdnf install -y ca-certificates tar gzip && microdnf clean all
# yq is used by the entry script to template bridge.yaml
RUN curl -fsSL -o /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_${TARGETARCH}" \
    && chmod +x /usr/local/bin/yq
COPY --from=build /out/slurm-bridge /usr/local/bin/slurm-bridge
COPY config/bridge.yaml /etc/slurm-bridge/bridge.yaml
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
USER 65534
EXPOSE 6820
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
