# corpus: modelled-on=BUILDPLATFORM Go builds copied from docs without the TARGET args
# corpus: expect=AL206@8
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
WORKDIR /src
COPY go.* ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /bin/app ./cmd/app
FROM alpine:3.20
COPY --from=build /bin/app /bin/app
ENTRYPOINT ["/bin/app"]
