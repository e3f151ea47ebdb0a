# corpus: modelled-on=BUILDPLATFORM Go stage that compiles a checker but the image copies only generated files
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS gen
WORKDIR /src
COPY . .
RUN go build -o /tmp/validate ./cmd/validate
RUN go run ./cmd/gendocs -out /docs
FROM nginx:1.27-alpine
COPY --from=gen /docs /usr/share/nginx/html
