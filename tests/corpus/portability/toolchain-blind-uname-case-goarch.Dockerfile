# corpus: modelled-on=uname case mapping to GOARCH, complete (blind batch: labelled before running archlint)
# corpus: expect=
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN case "$(uname -m)" in \
      x86_64) GOARCH=amd64 ;; \
      aarch64) GOARCH=arm64 ;; \
      *) echo "unsupported" >&2; exit 1 ;; \
    esac; \
    GOARCH=$GOARCH go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
