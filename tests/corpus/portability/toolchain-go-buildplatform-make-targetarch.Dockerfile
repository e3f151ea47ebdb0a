# corpus: modelled-on=operator images running make with TARGETARCH passed through (BUILDPLATFORM)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.24.5 AS build
WORKDIR /go/src
COPY . .
RUN go mod download -x
ARG TARGETOS TARGETARCH
RUN echo ${TARGETOS}/${TARGETARCH} && GOOS=${TARGETOS} GOARCH=${TARGETARCH} make build-controller
FROM scratch
COPY --from=build /go/src/bin/controller /app/bin/controller
ENTRYPOINT ["/app/bin/controller"]
