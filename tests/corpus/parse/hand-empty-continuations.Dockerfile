FROM alpine
RUN echo a \

    b \
   
    c
RUN echo \
\
\
    end
