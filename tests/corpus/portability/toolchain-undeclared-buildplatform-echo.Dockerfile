# corpus: modelled-on=debug lines printing BUILDPLATFORM/TARGETPLATFORM from buildx docs, with ARGs declared
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:alpine AS build
ARG TARGETPLATFORM
ARG BUILDPLATFORM
RUN echo "I am running on $BUILDPLATFORM, building for $TARGETPLATFORM" > /log
FROM alpine
COPY --from=build /log /log
