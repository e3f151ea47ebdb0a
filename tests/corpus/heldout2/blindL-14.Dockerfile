# corpus: modelled-on=Go API where $BUILDPLATFORM was added for speed but GOARCH was never passed (cf. public "FROM --platform=$BUILDPLATFORM golang ... RUN CGO_ENABLED=0 go build main.go")
# corpus: expect=AL206@9,AL303@15
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS builder
# builds were taking 20 min under qemu on the M1, BUILDPLATFORM fixes that
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-s -w" -o /out/api ./cmd/api

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && adduser -D -u 10001 api
# golang-migrate binary vendored in the repo for the entrypoint
COPY bin/migrate-linux-amd64 /usr/local/bin/migrate
COPY --from=builder /out/api /usr/local/bin/api
COPY db/migrations /migrations
COPY docker-entrypoint.sh /usr/local/bin/
USER api
EXPOSE 8080
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["api"]
