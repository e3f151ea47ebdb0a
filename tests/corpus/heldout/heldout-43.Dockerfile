# corpus: modelled-on=Votebot/piechart-service Dockerfile (COPY $TARGETARCH/main) and clusterkit/tools Dockerfile, with the stage ARG forgotten
# corpus: expect=AL203@8,AL203@9
ARG TARGETARCH
FROM alpine:3.20
RUN apk --no-cache add ca-certificates tzdata

WORKDIR /root/
COPY build/${TARGETARCH}/piechart ./piechart
RUN echo "installing plugins for ${TARGETARCH}" \
    && mkdir -p /root/plugins

COPY fonts/ /root/fonts/
EXPOSE 8080
CMD ["/root/piechart"]
