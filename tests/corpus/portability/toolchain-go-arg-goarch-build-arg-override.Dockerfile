# corpus: modelled-on=same pattern as go-arg-goarch-default, with the override supplied
# corpus: expect=
# archlint: platforms=linux/arm64
FROM golang:1.22 AS build
ARG GOARCH=arm64
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOARCH=$GOARCH go build -o /out/cli ./cmd/cli
FROM scratch
COPY --from=build /out/cli /cli
