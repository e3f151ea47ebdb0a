# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
