# corpus: modelled-on=Rails/Node images preloading jemalloc
# corpus: expect=AL403@5
FROM ruby:3.3-slim-bookworm
RUN apt-get update && apt-get install -y libjemalloc2
ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
