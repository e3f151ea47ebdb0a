# corpus: modelled-on=BUILDPLATFORM stage building via make with TARGET args exported (blind batch: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN make build OS=$TARGETOS ARCH=$TARGETARCH
FROM alpine
COPY --from=build /src/bin/app /app
