# corpus: modelled-on=source builds of numpy with -mcpu=native
# corpus: expect=AL402@5
FROM python:3.11-slim
RUN apt-get update && apt-get install -y build-essential
ENV CFLAGS="-mcpu=native"
RUN pip install --no-binary :all: numpy
