# corpus: modelled-on=RUN symlinks into the triplet directory
# corpus: expect=AL403@5
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y libcudnn8 \
 && ln -s /usr/lib/x86_64-linux-gnu/libcudnn.so.8 /usr/local/lib/libcudnn.so
