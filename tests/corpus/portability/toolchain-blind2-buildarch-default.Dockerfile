# corpus: modelled-on=BUILDARCH given a default in a tools stage (blind batch 2: labelled before running archlint)
# corpus: expect=AL207@4
FROM --platform=$BUILDPLATFORM alpine:3.20 AS tools
ARG BUILDARCH=amd64
RUN wget -qO /usr/local/bin/yq https://github.com/mikefarah/yq/releases/latest/download/yq_linux_${BUILDARCH} && chmod +x /usr/local/bin/yq
RUN yq --version > /version
FROM alpine:3.20
COPY --from=tools /version /version
