# corpus: modelled-on=erikmartino/buildx Dockerfile and shin1x1/docker-build-and-push-for-multi-arch-example (BUILDPLATFORM golang stage)
# corpus: expect=AL206@11
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETPLATFORM
ARG BUILDPLATFORM
RUN echo "building on $BUILDPLATFORM for $TARGETPLATFORM"
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/webhook ./cmd/webhook

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/webhook /webhook
USER 65532:65532
ENTRYPOINT ["/webhook"]
