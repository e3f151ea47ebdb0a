# corpus: modelled-on=Go projects that build a code generator for the build machine, run it, then cross-compile
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go install github.com/a-h/templ/cmd/templ@v0.2.543 && templ generate
RUN go build -o /usr/local/bin/gen ./internal/gen && gen ./api/schema.json
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server
FROM gcr.io/distroless/static
COPY --from=build /out/server /server
