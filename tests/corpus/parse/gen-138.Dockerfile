ARG JDK=21
ARG DISTRO=jammy
FROM golang:1.21 AS builder
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/app
COPY . .
RUN go build -o /bin/server .
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"
FROM continuumio/miniconda3 AS conda
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
	&& bash /tmp/mc.sh -b -p /opt/conda \
	&& rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
